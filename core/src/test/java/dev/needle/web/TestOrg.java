package dev.needle.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small org in Needle's canonical CSV: Bea runs sales; Mia manages East (Ron reports to her); Eve
 * sells in West under Bea. Ron owns d1 (open, one next action) and d2 (won); Mia owns d3 (open, no
 * next action); Eve owns d4 (open, one next action).
 */
final class TestOrg {
    static final String BEA = "bea@test.example";
    static final String MIA = "mia@test.example";
    static final String RON = "ron@test.example";
    static final String EVE = "eve@test.example";

    private TestOrg() {
    }

    static Path write() {
        try {
            Path dir = dev.needle.testing.Scratch.directory("needle-api-org-");
            Files.writeString(dir.resolve("reps.csv"), """
                    id,name,email,team,manager_id,time_zone,quota
                    r0,Bea Boss,bea@test.example,Lead,,Europe/Berlin,0
                    r1,Mia Manager,mia@test.example,East,r0,America/New_York,500000
                    r2,Ron Rep,ron@test.example,East,r1,America/New_York,250000
                    r3,Eve Else,eve@test.example,West,r0,America/Los_Angeles,250000
                    """);
            Files.writeString(dir.resolve("accounts.csv"), """
                    id,name,industry,dream_client
                    a1,Acme,Manufacturing,true
                    a2,Globex,Energy,false
                    a3,Initech,Software,false
                    """);
            Files.writeString(dir.resolve("contacts.csv"), """
                    id,account_id,name,title,email
                    c1,a1,Wile Coyote,Head of Procurement,wile@acme.test
                    """);
            Files.writeString(dir.resolve("deals.csv"), """
                    id,account_id,owner_id,name,amount,currency,stage,lead_source,product,created_at,expected_close,closed_at,outcome
                    d1,a1,r2,Acme rollout,48000,EUR,Proposal,Referral,Platform,2026-09-01T09:00:00Z,2026-12-31,,OPEN
                    d2,a1,r2,Acme pilot,12000,EUR,Closed Won,Referral,Platform,2026-06-01T09:00:00Z,2026-08-31,2026-08-20,WON
                    d3,a2,r1,Globex expansion,90000,EUR,Qualified,Web,Platform,2026-10-01T09:00:00Z,2027-01-31,,OPEN
                    d4,a3,r3,Initech renewal,30000,EUR,Negotiation,Partner,Support,2026-08-15T09:00:00Z,2026-12-15,,OPEN
                    """);
            Files.writeString(dir.resolve("stage_changes.csv"), """
                    id,deal_id,from_stage,to_stage,changed_at
                    s1,d1,,Qualified,2026-09-01T09:00:00Z
                    s2,d1,Qualified,Proposal,2026-10-10T09:00:00Z
                    s3,d2,,Qualified,2026-06-01T09:00:00Z
                    s4,d2,Qualified,Closed Won,2026-08-20T09:00:00Z
                    s5,d3,,Qualified,2026-10-01T09:00:00Z
                    s6,d4,,Negotiation,2026-08-15T09:00:00Z
                    """);
            Files.writeString(dir.resolve("activities.csv"), """
                    id,rep_id,type,start,duration_minutes,deal_id,account_id,contact_id,direction,outcome,value_for_buyer,buyer_next_step,subject,notes
                    x1,r2,Meeting,2026-10-05T14:00:00Z,45,d1,a1,c1,OUTBOUND,Held,Benchmark of peers,Book the workshop,Discovery,
                    x2,r2,Call,2026-10-12T15:00:00Z,20,d1,a1,c1,OUTBOUND,Connected,Pricing options,Review the proposal,,
                    x3,r1,Meeting,2026-10-06T15:00:00Z,60,d3,a2,,OUTBOUND,Held,Energy savings model,Share usage data,Kick-off,
                    x4,r3,Call,2026-10-07T17:00:00Z,30,d4,a3,,OUTBOUND,Connected,Renewal terms,Confirm seats,,
                    x5,r2,Email,2026-10-13T08:00:00Z,10,,,,OUTBOUND,,,,Follow-up,
                    """);
            Files.writeString(dir.resolve("next_actions.csv"), """
                    id,deal_id,rep_id,what,due,value_for_buyer,buyer_next_step,status,account_id
                    n1,d1,r2,Send the rollout plan,2026-11-30,A plan they can take to the board,Approve the plan,OPEN,
                    n4,d4,r3,Walk through renewal terms,2026-12-02,Clear pricing for next year,Sign the renewal,OPEN,
                    """);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
