/** The caller's words in force during a read. */
package org.taizhang.core.internal.vocabulary;
