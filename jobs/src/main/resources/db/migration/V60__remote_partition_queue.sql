-- The queue of remote partitioning (retention.batch.remote.enabled): one row per key range waiting for
-- a serve node, in Spring Integration's JdbcChannelMessageStore layout (from spring-integration-jdbc
-- 7.0's schema-postgresql.sql, only the channel table: the other INT_ tables serve features we do not
-- use). A worker takes a row with DELETE ... FOR UPDATE SKIP LOCKED, so each range goes to one node.
CREATE SEQUENCE int_message_seq START WITH 1 INCREMENT BY 1 NO CYCLE;

CREATE TABLE int_channel_message (
    message_id       char(36)     NOT NULL,
    group_key        char(36)     NOT NULL,
    created_date     bigint       NOT NULL,
    message_priority bigint,
    message_sequence bigint       NOT NULL DEFAULT nextval('int_message_seq'),
    message_content  bytea,
    region           varchar(100) NOT NULL,
    CONSTRAINT int_channel_message_pk PRIMARY KEY (region, group_key, created_date, message_sequence)
);

CREATE INDEX int_channel_msg_delete_idx ON int_channel_message (region, group_key, message_id);
