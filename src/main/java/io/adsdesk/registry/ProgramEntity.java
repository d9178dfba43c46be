package io.adsdesk.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of {@code programs}. Lists are stored as compact text (see {@link Codec}). */
@Entity
@Table(name = "programs")
class ProgramEntity {
    @Id
    @Column(name = "program_id")
    String programId;
    @Column(name = "program_type")
    String programType;
    @Column(name = "start_date")
    LocalDate startDate;
    @Column(name = "end_date")
    LocalDate endDate;
    boolean active;
    boolean paused;
    @Column(name = "budget_cents")
    Long budgetCents;
    @Column(name = "max_bid_cents")
    Long maxBidCents;
    String currency;
    Boolean autobid;
    @Column(name = "fee_period")
    String feePeriod;
    @Column(name = "billed_impressions")
    long billedImpressions;
    @Column(name = "billed_clicks")
    long billedClicks;
    @Column(name = "ad_cost_cents")
    Long adCostCents;
    @Column(name = "ad_categories")
    String adCategories;
    @Column(name = "active_features")
    String activeFeatures;
    @Column(name = "available_features")
    String availableFeatures;
    @Column(name = "future_budget_changes")
    String futureBudgetChanges;
    @Column(name = "page_monthly_rate")
    BigDecimal pageMonthlyRate;
    @Column(name = "page_cost")
    BigDecimal pageCost;
    @Column(name = "primary_business_id")
    String primaryBusinessId;
    /** {@code ProgramIssue.Kind} name; null when the program read cleanly. */
    @Column(name = "issue_kind")
    String issueKind;
    @Column(name = "issue_reason")
    String issueReason;
    @Column(name = "issue_json")
    String issueJson;
}
