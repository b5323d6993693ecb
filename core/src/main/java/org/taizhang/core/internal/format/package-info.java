/**
 * Helpers that the format modules share and nobody else needs: decoding text files
 * ({@link org.taizhang.core.internal.format.TextDecoding}) and neutralising spreadsheet formulas
 * ({@link org.taizhang.core.internal.format.SpreadsheetText}). Exported only to the format modules;
 * may change in any release.
 */
package org.taizhang.core.internal.format;
