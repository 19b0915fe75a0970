package org.formcoach.session;

import java.time.Instant;

/**
 * What a session tells the store as it goes: it started, a set ended, desk alerts were counted, it
 * ended. Calls return at once; the writing happens elsewhere.
 */
public interface SessionLog {

    void sessionStarted(SessionRecord session);

    void setCompleted(SetRecord set);

    void deskAlerts(DeskAlertHour hour);

    void sessionEnded(String sessionId, Instant at, EndReason reason);

    /** Keeps nothing. */
    SessionLog NONE = new SessionLog() {
        @Override
        public void sessionStarted(SessionRecord session) {
        }

        @Override
        public void setCompleted(SetRecord set) {
        }

        @Override
        public void deskAlerts(DeskAlertHour hour) {
        }

        @Override
        public void sessionEnded(String sessionId, Instant at, EndReason reason) {
        }
    };
}
