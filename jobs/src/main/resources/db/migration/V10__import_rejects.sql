-- Rows an import rejected, kept per job instance until the reject report is written. They are
-- written in the same transaction as the chunk's good rows, so a restarted import neither loses
-- nor repeats a reject.
CREATE TABLE import_reject (
    job_instance_id bigint NOT NULL,
    row_no          bigint NOT NULL,
    seq             integer NOT NULL,
    column_name     text   NOT NULL,
    value           text,
    reason          text   NOT NULL,
    PRIMARY KEY (job_instance_id, row_no, seq)
);
