package io.adsdesk.model.feature;

/** AD_GOAL: what Yelp optimises the ads for. */
public record AdGoal(Goal goal) implements Feature {
    /** The goals Yelp accepts, with their labels. */
    public enum Goal {
        DEFAULT("Standard optimization"), CALLS("Maximize calls"), WEBSITE_CLICKS("Maximize website clicks");

        private final String label;

        Goal(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public AdGoal {
        goal = goal == null ? Goal.DEFAULT : goal;
    }

    @Override
    public String typeName() {
        return FeatureType.AD_GOAL.name();
    }

    @Override
    public boolean active() {
        return goal != Goal.DEFAULT;
    }

    @Override
    public String summary() {
        // the standard goal is the feature off: said as the other features say it
        return goal == Goal.DEFAULT ? "Off: standard optimization" : goal.label();
    }
}
