/**
 * The coaching window (JavaFX).
 *
 * <p><b>Session control</b> lives in {@link org.formcoach.app.model.SessionController}, plain Java:
 * phases, start / pause / skip / restart, the safety questions and the first-run check, desk mode,
 * remembered settings. {@link org.formcoach.app.CoachWindow} binds its controls to the controller's
 * snapshots and calls its commands; it decides nothing itself.
 *
 * <p><b>Threads.</b> Capture and inference run in the {@link org.formcoach.pipeline.CoachPipeline}
 * started by {@link org.formcoach.app.PipelineEngine}. The session's sink runs on the inference
 * thread: it moves the routine on ({@link org.formcoach.app.model.RoutineSession}), builds the
 * {@link org.formcoach.app.model.CoachView} of the frame and decides the sound; the window's
 * {@code FrameSlot} converts the BGR image to a new JavaFX image and leaves image and view in a
 * newest-wins slot. An {@code AnimationTimer} on the JavaFX thread takes the newest one each screen
 * refresh and draws it; nothing queues up, and the model never runs on the JavaFX thread. Loading
 * the model and opening the source happen on a "session-start" thread while the banner says so;
 * stopping a session (which joins the pipeline's threads) happens there too.
 *
 * <p><b>Video files</b> are played at their recorded speed ({@link org.formcoach.capture.RealTimeSource}),
 * so a recording is coached like a live session; {@code formcoach analyze} still reads as fast as it
 * can.
 *
 * <p><b>Mirroring</b> is a drawing transform: the image is drawn through a scale of -1, and every
 * overlay point goes through the same {@link org.formcoach.app.model.ImageFit}, so the skeleton stays
 * on the person while text is never mirrored.
 *
 * <p><b>Views are thin.</b> What to show (banner and tone, counter, ring, steps, guide, skeleton
 * colours, angle labels), the safety questions' outcome, sounds and desk-mode reminders are decided in
 * {@code org.formcoach.app.model}, plain classes tested without a screen. The window reaches the
 * coaching machinery only through {@link org.formcoach.app.model.CoachEngine}, so tests can drive the real
 * window with another feed of frames.
 */
package org.formcoach.app;
