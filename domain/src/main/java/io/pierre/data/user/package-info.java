/** Users: the entity, its tier/status/role enums and the repository interface. */
package io.pierre.data.user;
