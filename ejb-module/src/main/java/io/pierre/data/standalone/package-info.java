/**
 * The data layer outside an application server, for the persistence test tier and the import tool: the same
 * persistence unit, migrations, repositories and sealing code as the EAR, on a plain entity manager factory with
 * resource-local transactions.
 */
package io.pierre.data.standalone;
