/** JPA implementation of the notification repository. */
package io.pierre.data.notification;
