/** What the deployment runs by itself: the startup that makes the database ready, and the nightly retention job. */
package io.pierre.data.lifecycle;
