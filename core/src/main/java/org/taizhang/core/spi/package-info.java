/**
 * The service-provider interface for formats. A module adds a format by implementing
 * {@link org.taizhang.core.spi.LedgerReader} or {@link org.taizhang.core.spi.LedgerWriter} and
 * declaring it to {@link java.util.ServiceLoader} (both {@code provides} in its
 * {@code module-info} and {@code META-INF/services}). Nothing is registered by hand.
 */
package org.taizhang.core.spi;
