/**
 * Running one job over many ledgers: finding them in folders ({@link org.taizhang.cli.batch.LedgerFiles}),
 * working on them in parallel with bounded memory ({@link org.taizhang.cli.batch.Batch}), and showing
 * progress on a terminal ({@link org.taizhang.cli.batch.ProgressBar}).
 */
package org.taizhang.cli.batch;
