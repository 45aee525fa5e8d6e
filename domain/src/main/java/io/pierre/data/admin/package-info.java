/** Admin service tokens (random opaque tokens stored as digests), their usage and the keys they provisioned. */
package io.pierre.data.admin;
