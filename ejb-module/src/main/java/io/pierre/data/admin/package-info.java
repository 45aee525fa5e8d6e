/**
 * The admin API's rules: who may do what (authority is a subset of the caller's), the admin service that makes each
 * change with its audit record, the first-start bootstrap token and deliberate recovery; and the JPA admin repository.
 */
package io.pierre.data.admin;
