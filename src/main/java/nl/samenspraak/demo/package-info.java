/**
 * Demo content: the collaborations of the seeds with processes, inputs and answers, loaded
 * into an empty database on first start so that the platform feels alive. It loads only
 * through module APIs; each module adds its own part through {@code platform.DemoContributor}.
 * No @ApplicationModuleTest because the demo is the one module that fills every other one
 * (every DemoContributor of the app): its tests in demo.internal run with the whole application.
 */
package nl.samenspraak.demo;
