package com.qeetmart.auth.throttle;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ThrottleRepository extends GenericRepository<ThrottleRow, String> {

    @Query("SELECT * FROM login_throttle WHERE key IN (:keys) AND window_started_at > :windowStart")
    List<ThrottleRow> findCurrent(List<String> keys, Instant windowStart);

    /** Counts a failure, starting a new window when the key's last one is over. */
    @Query("""
            INSERT INTO login_throttle (key, failures, window_started_at) VALUES (:key, 1, :now)
            ON CONFLICT (key) DO UPDATE SET
              failures = CASE WHEN login_throttle.window_started_at <= :windowStart THEN 1
                              ELSE login_throttle.failures + 1 END,
              window_started_at = CASE WHEN login_throttle.window_started_at <= :windowStart THEN :now
                                       ELSE login_throttle.window_started_at END""")
    void countFailure(String key, Instant now, Instant windowStart);

    @Query("DELETE FROM login_throttle WHERE key = :key")
    void clear(String key);
}
