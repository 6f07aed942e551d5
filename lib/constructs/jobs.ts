import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_LAYOUT } from '../../lambdas/adapters/table-layout.js';

/**
 * The one DynamoDB table (jobs, idempotency records, translation cache; see table-layout.ts for why
 * one): on-demand, point-in-time recovery, TTL, AWS-managed encryption, and a sparse GSI that holds
 * only non-terminal jobs so the reconciler finds stale ones by age.
 */
export class JobsTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: { removalPolicy?: RemovalPolicy } = {}) {
    super(scope, id);
    const { partitionKey, ttlAttribute, activeIndex } = TABLE_LAYOUT;
    this.table = new Table(this, 'Table', {
      partitionKey: { name: partitionKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: ttlAttribute,
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: activeIndex.name,
      partitionKey: { name: activeIndex.partitionKey, type: AttributeType.STRING },
      sortKey: { name: activeIndex.sortKey, type: AttributeType.STRING },
      projectionType: ProjectionType.ALL,
    });
  }
}
