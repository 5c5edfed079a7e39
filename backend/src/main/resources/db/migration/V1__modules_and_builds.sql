-- Saved modules: the id is derived from the canonical JSON (see ModuleId), so a row never changes.
CREATE TABLE modules (
    id         VARCHAR(32) PRIMARY KEY,
    body       TEXT        NOT NULL,
    created_at BIGINT      NOT NULL
);

-- Build results, content-addressed like modules: the same input gives the same id and the same row.
-- image is the program's bytes (NULL when the build failed); result is the JSON answer without the image.
CREATE TABLE builds (
    id         VARCHAR(32) PRIMARY KEY,
    result     TEXT        NOT NULL,
    image      ${binary},
    created_at BIGINT      NOT NULL
);
