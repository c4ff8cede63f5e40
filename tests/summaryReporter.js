/**
 * Prints one plain closing line that any CI can read: "jest: N passed, N failed, N skipped".
 * Jest's own summary stays as it is above it.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    process.stdout.write(
      `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests + results.numTodoTests} skipped\n`,
    );
  }
}
module.exports = SummaryReporter;
