package io.adsdesk.registry;

import io.adsdesk.model.Business;
import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.PageUpgradeInfo;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.ProgramIssue;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;

import java.util.ArrayList;
import java.util.List;

/** Entities to model records and back. Entities never leave this package. */
final class EntityMapper {
    private EntityMapper() {
    }

    static ProgramEntity toEntity(Program p) {
        ProgramEntity e = new ProgramEntity();
        e.programId = p.programId();
        e.programType = p.programType();
        e.startDate = p.startDate();
        e.endDate = p.endDate();
        e.active = p.active();
        e.paused = p.paused();
        e.budgetCents = p.budgetCents();
        e.maxBidCents = p.maxBidCents();
        e.currency = p.currency();
        e.autobid = p.autobid();
        e.feePeriod = p.feePeriod() == null ? null : p.feePeriod().name();
        e.billedImpressions = p.billedImpressions();
        e.billedClicks = p.billedClicks();
        e.adCostCents = p.adCostCents();
        e.adCategories = Codec.joinNames(p.adCategories());
        e.activeFeatures = Codec.joinNames(p.activeFeatures());
        e.availableFeatures = Codec.joinNames(p.availableFeatures());
        e.futureBudgetChanges = Codec.joinBudgetChanges(p.futureBudgetChanges());
        e.pageMonthlyRate = p.pageUpgradeInfo() == null ? null : p.pageUpgradeInfo().monthlyRate();
        e.pageCost = p.pageUpgradeInfo() == null ? null : p.pageUpgradeInfo().cost();
        e.primaryBusinessId = p.primaryBusinessId();
        if (p.issue() != null) {
            e.issueKind = p.issue().kind().name();
            e.issueReason = p.issue().reason();
            e.issueJson = p.issue().rawJson();
        }
        return e;
    }

    static List<ProgramBusinessEntity> linksOf(Program p) {
        List<ProgramBusinessEntity> links = new ArrayList<>(p.businesses().size());
        for (int i = 0; i < p.businesses().size(); i++) {
            ProgramBusiness b = p.businesses().get(i);
            ProgramBusinessEntity link = new ProgramBusinessEntity();
            link.programId = p.programId();
            link.position = i;
            link.yelpBusinessId = b.yelpBusinessId();
            link.partnerBusinessId = b.partnerBusinessId();
            links.add(link);
        }
        return links;
    }

    static Program toModel(ProgramEntity e, List<ProgramBusiness> businesses) {
        boolean hasPage = e.pageMonthlyRate != null || e.pageCost != null;
        return new Program(e.programId, e.programType, e.startDate, e.endDate, e.active, e.paused,
                e.budgetCents, e.maxBidCents, e.currency, e.autobid,
                e.feePeriod == null ? null : FeePeriod.valueOf(e.feePeriod),
                e.billedImpressions, e.billedClicks, e.adCostCents, businesses,
                Codec.splitNames(e.adCategories), Codec.splitNames(e.activeFeatures), Codec.splitNames(e.availableFeatures),
                Codec.splitBudgetChanges(e.futureBudgetChanges),
                hasPage ? new PageUpgradeInfo(e.pageMonthlyRate, e.pageCost) : null,
                e.issueKind == null ? null
                        : new ProgramIssue(ProgramIssue.Kind.valueOf(e.issueKind), e.issueReason, e.issueJson));
    }

    static BusinessEntity toEntity(Business b) {
        BusinessEntity e = new BusinessEntity();
        e.yelpBusinessId = b.yelpBusinessId();
        e.name = b.name();
        e.partnerBusinessId = b.partnerBusinessId();
        e.city = b.city();
        e.closed = b.closed();
        e.removedFromSearch = b.removedFromSearch();
        e.refreshedAt = b.refreshedAt();
        return e;
    }

    static Business toModel(BusinessEntity e) {
        return new Business(e.yelpBusinessId, e.name, e.partnerBusinessId, e.city, e.closed, e.removedFromSearch, e.refreshedAt);
    }

    static SyncRunEntity toEntity(SyncRun r) {
        SyncRunEntity e = new SyncRunEntity();
        e.startedAt = r.startedAt();
        e.finishedAt = r.finishedAt();
        e.outcome = r.outcome().name();
        e.totalApi = r.totalApi();
        e.totalDbBefore = r.totalDbBefore();
        e.totalDbAfter = r.totalDbAfter();
        e.added = r.added();
        e.updated = r.updated();
        e.removed = r.removed();
        e.requests = r.requests();
        e.message = r.message() == null ? null : r.message().length() > 4000 ? r.message().substring(0, 3999) + "…" : r.message();
        return e;
    }

    static SyncRun toModel(SyncRunEntity e) {
        return new SyncRun(e.id, e.startedAt, e.finishedAt, SyncOutcome.valueOf(e.outcome), e.totalApi, e.totalDbBefore,
                e.totalDbAfter, e.added, e.updated, e.removed, e.requests, e.message);
    }
}
