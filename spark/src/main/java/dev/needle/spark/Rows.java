package dev.needle.spark;

import dev.needle.domain.Activity;
import dev.needle.domain.Deal;
import dev.needle.domain.Direction;
import dev.needle.domain.Lead;
import dev.needle.domain.NextAction;
import dev.needle.domain.Outcome;
import dev.needle.domain.Rep;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The store's rows as Spark sees them, in the store's own column names, and the records made of them.
 * The PostgreSQL store read through Spark's JDBC source and the Parquet files of {@code needle export
 * --parquet} have these columns, so one mapping reads both. Amounts travel as text, which keeps their
 * scale as the store gave it.
 */
final class Rows {
    private Rows() {
    }

    static final StructType REP = schema("id", DataTypes.LongType, "source", DataTypes.StringType, "external_id", DataTypes.StringType,
            "name", DataTypes.StringType, "email", DataTypes.StringType, "team", DataTypes.StringType, "manager_id", DataTypes.LongType,
            "time_zone", DataTypes.StringType, "quota", DataTypes.StringType);
    static final StructType LEAD = schema("id", DataTypes.LongType, "source", DataTypes.StringType, "external_id", DataTypes.StringType,
            "name", DataTypes.StringType, "company", DataTypes.StringType, "owner_id", DataTypes.LongType,
            "converted", DataTypes.BooleanType, "converted_account_id", DataTypes.LongType);
    static final StructType DEAL = schema("id", DataTypes.LongType, "source", DataTypes.StringType, "external_id", DataTypes.StringType,
            "account_id", DataTypes.LongType, "owner_id", DataTypes.LongType, "name", DataTypes.StringType, "amount", DataTypes.StringType,
            "currency", DataTypes.StringType, "stage", DataTypes.StringType, "lead_source", DataTypes.StringType,
            "product", DataTypes.StringType, "created_at", DataTypes.TimestampType, "expected_close", DataTypes.DateType,
            "closed_at", DataTypes.DateType, "outcome", DataTypes.StringType);
    static final StructType STAGE_CHANGE = schema("id", DataTypes.LongType, "deal_id", DataTypes.LongType, "from_stage", DataTypes.StringType,
            "to_stage", DataTypes.StringType, "changed_at", DataTypes.TimestampType);
    static final StructType ACTIVITY = schema("id", DataTypes.LongType, "source", DataTypes.StringType, "external_id", DataTypes.StringType,
            "rep_id", DataTypes.LongType, "type", DataTypes.StringType, "started_at", DataTypes.TimestampType,
            "duration_minutes", DataTypes.IntegerType, "duration_recorded", DataTypes.BooleanType, "deal_id", DataTypes.LongType,
            "account_id", DataTypes.LongType, "contact_id", DataTypes.LongType, "lead_id", DataTypes.LongType,
            "direction", DataTypes.StringType, "outcome", DataTypes.StringType, "value_for_buyer", DataTypes.StringType,
            "buyer_next_step", DataTypes.StringType, "subject", DataTypes.StringType, "notes", DataTypes.StringType);
    static final StructType NEXT_ACTION = schema("id", DataTypes.LongType, "source", DataTypes.StringType, "external_id", DataTypes.StringType,
            "deal_id", DataTypes.LongType, "rep_id", DataTypes.LongType, "what", DataTypes.StringType, "due", DataTypes.DateType,
            "value_for_buyer", DataTypes.StringType, "buyer_next_step", DataTypes.StringType, "status", DataTypes.StringType);

    static Rep rep(Row row) {
        return new Rep(row.getAs("id"), row.getAs("source"), row.getAs("external_id"), row.getAs("name"), row.getAs("email"),
                row.getAs("team"), row.getAs("manager_id"), row.getAs("time_zone"), decimal(row.getAs("quota")));
    }

    static Row of(Rep rep) {
        return RowFactory.create(rep.id(), rep.source(), rep.externalId(), rep.name(), rep.email(), rep.team(), rep.managerId(),
                rep.timeZone(), text(rep.quota()));
    }

    static Lead lead(Row row) {
        return new Lead(row.getAs("id"), row.getAs("source"), row.getAs("external_id"), row.getAs("name"), row.getAs("company"),
                row.getAs("owner_id"), row.getAs("converted"), row.getAs("converted_account_id"));
    }

    static Row of(Lead lead) {
        return RowFactory.create(lead.id(), lead.source(), lead.externalId(), lead.name(), lead.company(), lead.ownerId(),
                lead.converted(), lead.convertedAccountId());
    }

    static Deal deal(Row row) {
        return new Deal(row.getAs("id"), row.getAs("source"), row.getAs("external_id"), row.getAs("account_id"), row.getAs("owner_id"),
                row.getAs("name"), decimal(row.getAs("amount")), row.getAs("currency"), row.getAs("stage"), row.getAs("lead_source"),
                row.getAs("product"), row.<Instant>getAs("created_at"), row.<LocalDate>getAs("expected_close"),
                row.<LocalDate>getAs("closed_at"), Outcome.valueOf(row.getAs("outcome")));
    }

    static Row of(Deal deal) {
        return RowFactory.create(deal.id(), deal.source(), deal.externalId(), deal.accountId(), deal.ownerId(), deal.name(),
                text(deal.amount()), deal.currency(), deal.stage(), deal.leadSource(), deal.product(), deal.createdAt(),
                deal.expectedClose(), deal.closedAt(), deal.outcome().name());
    }

    static Row of(dev.needle.domain.StageChange change) {
        return RowFactory.create(change.id(), change.dealId(), change.fromStage(), change.toStage(), change.at());
    }

    static Activity activity(Row row) {
        String direction = row.getAs("direction");
        return new Activity(row.getAs("id"), row.getAs("source"), row.getAs("external_id"), row.getAs("rep_id"), row.getAs("type"),
                row.<Instant>getAs("started_at"), row.<Integer>getAs("duration_minutes"), row.getAs("duration_recorded"),
                row.getAs("deal_id"), row.getAs("account_id"), row.getAs("contact_id"), row.getAs("lead_id"),
                direction == null ? null : Direction.valueOf(direction), row.getAs("outcome"), row.getAs("value_for_buyer"),
                row.getAs("buyer_next_step"), row.getAs("subject"), row.getAs("notes"));
    }

    static Row of(Activity activity) {
        return RowFactory.create(activity.id(), activity.source(), activity.externalId(), activity.repId(), activity.type(),
                activity.start(), activity.durationMinutes(), activity.durationRecorded(), activity.dealId(), activity.accountId(),
                activity.contactId(), activity.leadId(), activity.direction() == null ? null : activity.direction().name(),
                activity.outcome(), activity.valueForBuyer(), activity.buyerNextStep(), activity.subject(), activity.notes());
    }

    static NextAction nextAction(Row row) {
        return new NextAction(row.getAs("id"), row.getAs("source"), row.getAs("external_id"), row.getAs("deal_id"), row.getAs("rep_id"),
                row.getAs("what"), row.<LocalDate>getAs("due"), row.getAs("value_for_buyer"), row.getAs("buyer_next_step"),
                NextAction.Status.valueOf(row.getAs("status")));
    }

    static Row of(NextAction action) {
        return RowFactory.create(action.id(), action.source(), action.externalId(), action.dealId(), action.repId(), action.what(),
                action.due(), action.valueForBuyer(), action.buyerNextStep(), action.status().name());
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static String text(BigDecimal decimal) {
        return decimal == null ? null : decimal.toString();
    }

    private static StructType schema(Object... namesAndTypes) {
        StructField[] fields = new StructField[namesAndTypes.length / 2];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = DataTypes.createStructField((String) namesAndTypes[2 * i], (DataType) namesAndTypes[2 * i + 1], true);
        }
        return DataTypes.createStructType(fields);
    }
}
