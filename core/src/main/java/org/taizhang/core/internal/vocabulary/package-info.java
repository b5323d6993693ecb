/** The word lists shipped with the library, and the caller's words in force during a read. */
package org.taizhang.core.internal.vocabulary;
