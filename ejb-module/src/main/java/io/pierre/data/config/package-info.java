/** The server settings Pierre reads, with their defaults, and the failure that stops a misconfigured deployment. */
package io.pierre.data.config;
