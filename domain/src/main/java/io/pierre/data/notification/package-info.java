/** Notifications to a user about provider connections (OAuth results). */
package io.pierre.data.notification;
