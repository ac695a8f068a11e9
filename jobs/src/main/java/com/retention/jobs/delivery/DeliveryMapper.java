package com.retention.jobs.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The delivery state of the notifications ({@code DeliveryMapper.xml}): tables notification_delivery,
 * sms_part, sms_receipt. {@link DeliveryStore} calls the writes of a batch on a BATCH session.
 */
@Mapper
interface DeliveryMapper {

    int settleStaleIntents(@Param("channel") String channel, @Param("error") String error);

    /** The next notifications of D due an attempt at {@code now}, after {@code afterId} in id order. */
    List<DueRow> due(@Param("date") LocalDate date, @Param("channel") String channel, @Param("now") Instant now,
                     @Param("afterId") String afterId, @Param("limit") int limit);

    /** 0 when another run finished the notification in between (only a RETRY is taken again). */
    int recordIntent(@Param("notificationId") String notificationId, @Param("date") LocalDate date,
                     @Param("channel") String channel, @Param("intentAt") Instant intentAt);

    int recordAccepted(@Param("notificationId") String notificationId, @Param("status") String status,
                       @Param("messageId") String messageId, @Param("submittedAt") Instant submittedAt,
                       @Param("doneAt") Instant doneAt);

    int recordTransient(@Param("notificationId") String notificationId, @Param("status") String status,
                        @Param("error") String error, @Param("nextAttemptAt") Instant nextAttemptAt,
                        @Param("doneAt") Instant doneAt);

    int recordRefused(@Param("notificationId") String notificationId, @Param("error") String error,
                      @Param("doneAt") Instant doneAt);

    int recordUnknown(@Param("notificationId") String notificationId, @Param("error") String error,
                      @Param("submittedAt") Instant submittedAt, @Param("messageId") String messageId);

    int insertPart(@Param("messageId") String messageId, @Param("notificationId") String notificationId,
                   @Param("part") int part);

    int saveReceipt(@Param("messageId") String messageId, @Param("stat") String stat, @Param("err") String err,
                    @Param("sourceAddr") String sourceAddr);

    /** Up to 5 000 receipts not applied yet, locked (SKIP LOCKED), with the part each belongs to if known. */
    List<ReceiptRow> unappliedReceipts();

    int setPartStatus(@Param("notificationId") String notificationId, @Param("part") int part,
                      @Param("status") String status, @Param("error") String error);

    /** The parts of these notifications, by notification and part. */
    List<PartRow> parts(@Param("notificationIds") String[] notificationIds);

    int settle(@Param("notificationId") String notificationId, @Param("status") String status,
               @Param("error") String error);

    /** The notification a dead run submitted to this number with parts still unrecorded, oldest intent first. */
    Optional<String> unrecordedTo(String phone);

    int insertReconciledPart(@Param("messageId") String messageId, @Param("notificationId") String notificationId,
                             @Param("status") String status, @Param("error") String error);

    int recordMessageId(@Param("notificationId") String notificationId, @Param("messageId") String messageId);

    int markApplied(@Param("receiptIds") Long[] receiptIds);

    int awaitingReceipts(LocalDate date);

    /** A channel's notifications of D: all, submitted, delivered, failed (the demo's summary line). */
    ChannelCounts channelCounts(@Param("date") LocalDate date, @Param("channel") String channel);

    /** A notification due an attempt, as selected. */
    class DueRow {
        String notificationId;
        String toAddress;
        String campaign;
        String step;
        String template;
        String text;
        int segments;
        String timezone;
        int attempts;
    }

    /** A receipt not applied yet; {@code notificationId} and {@code part} null when its id is not recorded. */
    class ReceiptRow {
        long receiptId;
        String messageId;
        String stat;
        String err;
        String sourceAddr;
        String notificationId;
        Integer part;
    }

    /** One part of a notification with the notification's number of segments (at least 1). */
    class PartRow {
        String notificationId;
        String status;
        String error;
        int segments;
    }

    record ChannelCounts(long notifications, long submitted, long delivered, long failed) {
    }
}
