/** Fitness configurations: per-tenant defaults and per-user overrides, JSON documents. */
package io.pierre.data.fitness;
