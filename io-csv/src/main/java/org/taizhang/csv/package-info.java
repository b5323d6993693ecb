/**
 * CSV ledgers ({@code .csv}, {@code .tsv}). {@link org.taizhang.csv.CsvLedgerReader} decodes the
 * file (byte-order mark, UTF-8, then GB18030/GBK, or the charset the caller names), detects the
 * delimiter, and hands the records as one {@link org.taizhang.core.table.Grid} to the table layer.
 * {@link org.taizhang.csv.CsvLedgerWriter} writes a plan in the shape of a 任务台账 that Excel
 * opens, with text that a spreadsheet would run as a formula neutralised. Both are found by
 * {@link java.util.ServiceLoader}.
 */
package org.taizhang.csv;
