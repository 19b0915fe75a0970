/**
 * Capture: where frames come from, and how they reach the inference thread.
 *
 * <h2>Sources</h2>
 * {@link org.formcoach.capture.FrameSources#open(String, org.formcoach.capture.CaptureRequest)} turns
 * what the user typed into a {@link org.formcoach.capture.FrameSource}: a webcam
 * ({@link org.formcoach.capture.WebcamSource}, wrapped in a
 * {@link org.formcoach.capture.ReconnectingSource}), a video file
 * ({@link org.formcoach.capture.FfmpegVideoSource}, or {@link org.formcoach.capture.OpenCvVideoSource}
 * for an AVI FFmpeg refuses), a folder of images or one image
 * ({@link org.formcoach.capture.ImageFolderSource}). Opening fails with a
 * {@link org.formcoach.capture.CaptureException} whose message is one line for the user.
 *
 * <h2>Reading</h2>
 * {@link org.formcoach.capture.FrameSource#read()} returns a
 * {@link org.formcoach.capture.ReadResult}: a {@link org.formcoach.capture.Frame}, a recoverable
 * {@link org.formcoach.capture.ReadResult.Fault} (camera lost, empty or unreadable frame), the
 * {@link org.formcoach.capture.ReadResult.End end}, or the point where a damaged file stopped being
 * readable ({@link org.formcoach.capture.ReadResult.Damaged}). Every frame carries its index in
 * source order and a timestamp: presentation time for files, the monotonic clock for cameras.
 *
 * <h2>Threads and ownership</h2>
 * A {@link org.formcoach.capture.CaptureLoop} is the capture thread: it reads one source and puts
 * frames into a {@link org.formcoach.capture.FrameChannel}, the newest-wins mailbox for live
 * sources or a blocking queue for files ({@link org.formcoach.capture.FrameChannel#forSource}).
 * A frame owns native memory: whoever holds it closes it. A source hands its frames to the caller,
 * {@code put} hands them to the channel, {@code poll} hands them to the consumer; the channel's
 * {@code close()} releases what nobody took, and the loop closes its source when it ends.
 * Video and camera sources decode into the images of a {@link org.formcoach.capture.FramePool}:
 * closing a frame gives its image back to be decoded into again, so a long session allocates no
 * frame images once the first few are in flight.
 */
package org.formcoach.capture;
