-- System benchmark figures, content-addressed like builds: the id is a hash of the system images and the canonical
-- request, and the figures are deterministic, so a row never changes. result is the JSON answer.
CREATE TABLE benchmarks (
    id         VARCHAR(32) PRIMARY KEY,
    result     TEXT        NOT NULL,
    created_at BIGINT      NOT NULL
);
