#!/usr/bin/env node
import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { buildStack } from '../lib/app.js';

const app = new App();
buildStack(app);
// cdk-nag runs on every synth (AwsSolutions and Serverless packs, docs/reference/reliability.md F1); findings without a
// documented suppression fail the synth.
Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
Aspects.of(app).add(new ServerlessChecks({ verbose: true }));
app.synth();
