/**
 * The plugin SPI: the only package a plugin may import. A plugin is a Guice module
 * ({@link dev.rabiap.engine.spi.PolicyPlugin}) that binds {@link dev.rabiap.engine.spi.MessageSourceFactory}s;
 * a factory opens {@link dev.rabiap.engine.spi.MessageSource}s that stream
 * {@link dev.rabiap.engine.spi.ChatMessage}s. Values are never null unless a method says so. Model
 * types are immutable and thread-safe; sources are used by one thread.
 */
package dev.rabiap.engine.spi;
