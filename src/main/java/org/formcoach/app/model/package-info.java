/**
 * What the coaching window shows and decides, as plain classes without JavaFX types: the session
 * controller ({@link org.formcoach.app.model.SessionController}: phases, commands, safety flow, desk
 * mode) with the engine seam it drives ({@link org.formcoach.app.model.CoachEngine}), the per-frame
 * {@link org.formcoach.app.model.CoachView} ({@link org.formcoach.app.model.CoachViewModel},
 * {@link org.formcoach.app.model.Overlay}, {@link org.formcoach.app.model.ImageFit}), the routine being
 * coached ({@link org.formcoach.app.model.RoutineSession}), the red-flag questions
 * ({@link org.formcoach.app.model.RedFlagScreening}), sounds ({@link org.formcoach.app.model.SoundCues}),
 * desk mode ({@link org.formcoach.app.model.DeskWatchModel}) and remembered settings
 * ({@link org.formcoach.app.model.AppSettings}). The words shared with other screens and reports come
 * from {@link org.formcoach.pipeline.CoachText}.
 */
package org.formcoach.app.model;
