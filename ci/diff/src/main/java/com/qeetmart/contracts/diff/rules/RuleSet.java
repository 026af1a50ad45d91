package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Finding;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.policy.GatePolicy;
import com.qeetmart.contracts.diff.walk.ApiPair;
import com.qeetmart.contracts.diff.walk.OperationPair;
import com.qeetmart.contracts.diff.walk.PropertyPair;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import com.qeetmart.contracts.diff.walk.SchemaRoots;
import com.qeetmart.contracts.diff.walk.SchemaWalker;
import java.util.List;

/**
 * The house rules that judge a revision on top of openapi-diff. Each catches a break openapi-diff
 * 2.1.7 misses, or takes over a judgement it gets wrong (see each rule's comment).
 */
public final class RuleSet {

    private final List<ApiRule> apiRules;
    private final List<OperationRule> operationRules;
    private final List<SchemaRule> schemaRules;
    private final List<PropertyRule> propertyRules;

    public RuleSet(List<ApiRule> apiRules, List<OperationRule> operationRules, List<SchemaRule> schemaRules,
                   List<PropertyRule> propertyRules) {
        this.apiRules = List.copyOf(apiRules);
        this.operationRules = List.copyOf(operationRules);
        this.schemaRules = List.copyOf(schemaRules);
        this.propertyRules = List.copyOf(propertyRules);
    }

    /** The rules, with the deprecation policy's defaults judged today. */
    public static RuleSet standard() {
        return standard(GatePolicy.standard());
    }

    public static RuleSet standard(GatePolicy policy) {
        return new RuleSet(
                List.of(new RemovedOperationRule(policy), new ModelRemovedRule()),
                List.of(new DeprecationRule(policy), new StabilityLoweredRule(), new OperationIdChangedRule(),
                        new ParameterSignatureRule(), new SecurityTightenedRule(), new RemovedSuccessStatusRule(), new RemovedMediaTypeRule(),
                        new NewRequiredParameterRule(), new ParameterDefaultChangedRule(), new RequestBodyMadeRequiredRule(),
                        new ResponseHeaderRule()),
                List.of(new ResponseEnumValueAddedRule(), new RequestEnumNarrowedRule(), new ExtensibleEnumNarrowedRule(),
                        new RemovedCompositionBranchRule(), new TypeChangedRule(), new TypeSetRule(), new RequestBoundTightenedRule(),
                        new ResponseBoundWidenedRule(), new NullableBodyRule(), new RequestCompositionNarrowedRule(),
                        new AdditionalPropertiesRule(),
                        new MultipleOfRule(), new UniqueItemsRule(), new PatternRule()),
                List.of(new RemovedResponsePropertyRule(policy), new PropertyDeprecationRule(policy),
                        new ResponsePropertyMadeOptionalRule(),
                        new ResponsePropertyMadeNullableRule(), new RequestNullableRemovedRule(),
                        new NewRequiredRequestPropertyRule(), new RequestPropertyDefaultChangedRule()));
    }

    public List<Finding> check(ApiPair api) {
        Findings findings = new Findings();
        apiRules.forEach(rule -> rule.check(api, findings));
        for (OperationPair operation : api.operationsInBoth()) {
            operationRules.forEach(rule -> rule.check(operation, findings));
            SchemaRoots.of(operation).forEach(root ->
                    SchemaWalker.walk(root, pair -> check(pair, findings)));
        }
        return findings.asList();
    }

    private void check(SchemaPair pair, Findings findings) {
        schemaRules.forEach(rule -> rule.check(pair, findings));
        for (PropertyPair property : pair.properties()) {
            propertyRules.forEach(rule -> rule.check(property, findings));
        }
    }
}
