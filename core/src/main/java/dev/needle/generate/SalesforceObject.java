package dev.needle.generate;

/**
 * The objects the generator exports, with their Salesforce key prefixes. The order is the order of
 * Data Loader's {@code extract.csv}, {@code extract (1).csv}, ... names; Lead comes last so that
 * turning leads on does not renumber the other files.
 */
enum SalesforceObject {
    USER("User", "005"),
    ACCOUNT("Account", "001"),
    CONTACT("Contact", "003"),
    OPPORTUNITY("Opportunity", "006"),
    OPPORTUNITY_HISTORY("OpportunityHistory", "008"),
    TASK("Task", "00T"),
    EVENT("Event", "00U"),
    LEAD("Lead", "00Q");

    final String apiName;
    final String keyPrefix;

    SalesforceObject(String apiName, String keyPrefix) {
        this.apiName = apiName;
        this.keyPrefix = keyPrefix;
    }
}
