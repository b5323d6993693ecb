/** The canonical {@code taizhang/1} JSON format. */
package org.taizhang.json;
