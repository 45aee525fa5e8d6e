/** Retry of whole transactions on transient database failures: binding, interceptor, classifier, policy, metrics. */
package io.pierre.data.retry;
