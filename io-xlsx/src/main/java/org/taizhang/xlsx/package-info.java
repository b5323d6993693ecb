/**
 * Excel ledgers. {@link org.taizhang.xlsx.XlsxLedgerReader} reads .xlsx workbooks in a streaming
 * pass, {@link org.taizhang.xlsx.XlsLedgerReader} reads legacy .xls workbooks, and
 * {@link org.taizhang.xlsx.XlsxLedgerWriter} writes a ledger a department can fill in. All three
 * are found through {@link java.util.ServiceLoader}; callers normally use
 * {@link org.taizhang.core.Ledgers} and never name these classes.
 */
package org.taizhang.xlsx;
