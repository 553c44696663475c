/**
 * The plugin SPI: the only package a plugin may import. A plugin is a Guice module
 * ({@link dev.rabiap.engine.spi.PolicyPlugin}) that binds {@link dev.rabiap.engine.spi.MessageSourceFactory}s;
 * a factory opens {@link dev.rabiap.engine.spi.MessageSource}s that stream
 * {@link dev.rabiap.engine.spi.ChatMessage}s. A plugin may also bind
 * {@link dev.rabiap.engine.spi.ReceiverFactory}s: a live {@link dev.rabiap.engine.spi.Receiver}
 * hands each record it accepts to a {@link dev.rabiap.engine.spi.RecordSink} (the host's
 * {@link dev.rabiap.engine.spi.Journal}, or a queue) before acknowledging it, and its
 * {@link dev.rabiap.engine.spi.RecordDecoder} turns records into messages. Values are never null
 * unless a method says so. Model types are immutable and thread-safe; sources and decoders are used
 * by one thread; receivers, sinks and the journal's appends are thread-safe.
 */
package dev.rabiap.engine.spi;
