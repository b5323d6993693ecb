/** Small programs that show how to use Taizhang; copy from them. */
package org.taizhang.examples;
