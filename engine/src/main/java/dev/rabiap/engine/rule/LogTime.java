package dev.rabiap.engine.rule;

import java.time.ZonedDateTime;

/**
 * How far the log has got: the time of the latest message read so far, replaced before each rule
 * firing. It is the audit's clock (event time, never the wall clock): duties left unanswered long
 * after their deadline are judged missing by it before the end, so that they leave working memory.
 */
public final class LogTime {
    private final ZonedDateTime time;
    private final long millis;

    public LogTime(ZonedDateTime time) {
        this.time = time;
        this.millis = time.toInstant().toEpochMilli();
    }

    public ZonedDateTime getTime() { return time; }
    public long getMillis() { return millis; }

    @Override
    public String toString() {
        return "LogTime[" + time + "]";
    }
}
