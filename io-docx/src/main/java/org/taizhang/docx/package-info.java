/**
 * Word ledgers ({@code .docx}). {@link org.taizhang.docx.DocxLedgerReader} turns every table of a
 * document into a {@link org.taizhang.core.table.Grid} (horizontal spans and vertical merges as
 * merged regions, cells addressed as {@code table 2, row 5, cell 3}) and the paragraphs outside
 * tables into {@link org.taizhang.core.table.TextLine}s, and hands them to the table layer. The
 * reader is found by {@link java.util.ServiceLoader}; nothing needs registering.
 */
package org.taizhang.docx;
