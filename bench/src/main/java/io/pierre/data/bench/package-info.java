/** Benchmark harness run inside the server: warm-up, iterations, median and spread, repository vs raw JDBC. */
package io.pierre.data.bench;
