package io.veille.infra;

/** Where a service finds its database. */
public record Database(String name, String jdbcUrl, String username, String password) {
}
