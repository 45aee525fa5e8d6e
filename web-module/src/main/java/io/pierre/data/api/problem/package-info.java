/** RFC 9457 problem details: one mapper family that turns every failure into application/problem+json. */
package io.pierre.data.api.problem;
