package org.formcoach.capture;

/**
 * A snapshot of a {@link CaptureLoop}'s counters.
 *
 * @param framesRead frames the source delivered
 * @param framesDropped frames the mailbox replaced before inference took them (0 for files)
 * @param faults recoverable faults (lost camera, empty or unreadable frames)
 * @param state what the loop is doing now
 * @param lastFault the last fault's message, or empty
 */
public record CaptureStats(long framesRead, long framesDropped, long faults, CaptureState state, String lastFault) {
}
