/** Agent-to-agent (A2A) clients, their sessions, tasks and usage. */
package io.pierre.data.a2a;
