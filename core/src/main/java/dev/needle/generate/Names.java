package dev.needle.generate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Made-up people and companies; names are unique within one org (a set only answers membership). */
final class Names {
    static final String[] FIRST = {
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
        "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos", "Karen",
        "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Sandra", "Mark", "Ashley", "Priya", "Emily",
        "Steven", "Michelle", "Andrew", "Amanda", "Joshua", "Melissa", "Kenji", "Deborah", "Kevin", "Stephanie",
        "Brian", "Rebecca", "Omar", "Laura", "Edward", "Helen", "Ronald", "Sharon", "Timothy", "Cynthia",
        "Jason", "Amy", "Jeffrey", "Angela", "Ryan", "Anna", "Jacob", "Olivia", "Aisha", "Sofia",
        "Lucas", "Chloe", "Mateo", "Grace", "Ethan", "Hannah", "Noah", "Zoe", "Liam", "Mei"};
    static final String[] LAST = {
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
        "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
        "Patel", "Kim", "Okafor", "Schmidt", "Murphy", "O'Brien", "Cohen", "Novak", "Rossi", "Tanaka",
        "Fischer", "Kowalski", "Singh", "Dubois", "Larsen", "Costa", "Byrne", "Reyes", "Chen", "Khan"};
    private static final String[] COMPANY_FIRST = {
        "Blue", "North", "Summit", "Cedar", "Iron", "Silver", "Harbor", "Granite", "Pioneer", "Red",
        "Bright", "Eagle", "Prairie", "Coastal", "Golden", "Maple", "Atlas", "Crescent", "Evergreen", "Falcon",
        "Keystone", "Lakeside", "Liberty", "Meridian", "Oak", "Pinnacle", "Quantum", "Redwood", "Sterling", "Vertex",
        "Willow", "Apex", "Beacon", "Canyon", "Delta", "Everest", "Frontier", "Highland", "Horizon", "Juniper",
        "Lumen", "Northstar", "Orion", "Polar", "Riverbend", "Sequoia", "Tidewater", "Union", "Vista", "Westfield"};
    private static final String[] COMPANY_SECOND = {
        "Logistics", "Health", "Foods", "Analytics", "Manufacturing", "Energy", "Financial", "Software", "Retail",
        "Freight", "Biotech", "Media", "Construction", "Insurance", "Telecom", "Motors", "Pharma", "Labs",
        "Systems", "Partners", "Hospitality", "Farms", "Textiles", "Robotics", "Capital", "Devices", "Materials",
        "Airlines", "Utilities", "Education", "Realty", "Chemicals", "Networks", "Outfitters", "Brewing",
        "Packaging", "Aerospace", "Dental", "Water", "Solar"};
    private static final String[] COMPANY_SUFFIX = {"", "", "", " Inc.", " Corp.", " Group", " LLC", " Ltd.", " Co."};
    static final String[] INDUSTRIES = {
        "Technology", "Manufacturing", "Healthcare", "Finance", "Retail", "Transportation", "Energy",
        "Insurance", "Telecommunications", "Biotechnology", "Construction", "Education", "Hospitality",
        "Food & Beverage", "Media", "Utilities", "Chemicals", "Consulting"};
    static final String[] CONTACT_TITLES = {
        "VP Operations", "CFO", "Director of IT", "Head of Procurement", "COO", "VP Sales", "IT Manager",
        "Operations Manager", "Controller", "CEO", "Director of Finance", "VP Engineering", "Purchasing Manager",
        "Head of Customer Success", "CIO"};
    static final String[] PRODUCTS = {
        "Platform", "Analytics Add-on", "Expansion", "Enterprise License", "Pilot", "Services Package",
        "Multi-year Renewal", "Integration Bundle", "Team Edition"};

    private final Set<String> usedCompanies = new HashSet<>();
    private final Set<String> usedEmails = new HashSet<>();

    String company(Dice dice) {
        for (int attempt = 0; ; attempt++) {
            String name = dice.pick(COMPANY_FIRST) + " " + dice.pick(COMPANY_SECOND) + dice.pick(COMPANY_SUFFIX);
            if (attempt > 20) name = name + " " + (attempt - 19);
            if (usedCompanies.add(name)) return name;
        }
    }

    /** first.last@domain, with a number when that address is taken. */
    String email(String first, String last, String domain) {
        String local = slug(first) + "." + slug(last);
        for (int suffix = 1; ; suffix++) {
            String email = (suffix == 1 ? local : local + suffix) + "@" + domain;
            if (usedEmails.add(email)) return email;
        }
    }

    static String domainOf(String company) {
        String core = company.replaceAll(" (Inc\\.|Corp\\.|Group|LLC|Ltd\\.|Co\\.)$", "");
        return slug(core.replace(' ', '-')) + ".example";
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
    }
}
