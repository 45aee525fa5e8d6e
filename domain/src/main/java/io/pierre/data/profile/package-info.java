/** User profiles, goals and user configurations: JSON documents owned by a user. */
package io.pierre.data.profile;
