package dev.needle.generate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The columns a user picks in Data Loader, Workbench or a SOQL query, in the order they pick them:
 * what a record needs and the fields an analysis reads, without the bookkeeping fields (IsDeleted,
 * Username, Industry, ForecastCategory, ...). Activities keep only {@code WhoId} and {@code WhatId}
 * as links: {@code AccountId} is a derived field users rarely pick. Event lists the time columns of
 * both styles; only those the style writes are kept.
 */
final class ChosenColumns {
    private static final Map<SalesforceObject, List<String>> CHOSEN = new EnumMap<>(SalesforceObject.class);

    static {
        CHOSEN.put(SalesforceObject.USER, List.of("Id", "Name", "Email", "ManagerId", "TimeZoneSidKey", "IsActive",
                "Department", "Title", "Quota__c"));
        CHOSEN.put(SalesforceObject.ACCOUNT, List.of("Id", "Name", "Type", "OwnerId", "Dream_Client__c",
                "CreatedDate", "AnnualRevenue", "NumberOfEmployees"));
        CHOSEN.put(SalesforceObject.CONTACT, List.of("Id", "AccountId", "FirstName", "LastName", "Email", "Title"));
        CHOSEN.put(SalesforceObject.OPPORTUNITY, List.of("Id", "AccountId", "OwnerId", "Name", "StageName", "Amount",
                "CloseDate", "IsClosed", "IsWon", "LeadSource", "CreatedDate"));
        CHOSEN.put(SalesforceObject.OPPORTUNITY_HISTORY, List.of("Id", "OpportunityId", "StageName", "Amount",
                "CloseDate", "Probability", "CreatedById", "CreatedDate"));
        CHOSEN.put(SalesforceObject.TASK, List.of("Id", "Subject", "Type", "TaskSubtype", "Status", "ActivityDate",
                "WhoId", "WhatId", "OwnerId", "Description", "IsClosed", "CallDurationInSeconds", "CompletedDateTime",
                "CreatedDate", "Value_for_Buyer__c", "Buyer_Next_Step__c"));
        CHOSEN.put(SalesforceObject.EVENT, List.of("Id", "Subject", "Type", "ActivityDateTime", "StartDateTime",
                "EndDateTime", "DurationInMinutes", "ActivityDate", "WhoId", "WhatId", "OwnerId", "Location",
                "Description", "ShowAs", "CreatedDate", "Value_for_Buyer__c", "Buyer_Next_Step__c"));
        CHOSEN.put(SalesforceObject.LEAD, List.of("Id", "FirstName", "LastName", "Company", "Email", "Status",
                "LeadSource", "OwnerId", "IsConverted", "ConvertedAccountId", "ConvertedContactId",
                "ConvertedOpportunityId", "ConvertedDate", "CreatedDate"));
    }

    private ChosenColumns() {
    }

    /** The chosen columns of {@code object} that {@code header} (what the style writes) has, in chosen order. */
    static List<String> pick(SalesforceObject object, List<String> header) {
        return CHOSEN.get(object).stream().filter(header::contains).toList();
    }
}
