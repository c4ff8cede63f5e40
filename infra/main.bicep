// The entry point `azd up` provisions: a resource group and, in it, everything in resources.json.
// Bicep cannot be compiled on this project's machines, so the resources live in an ARM JSON template
// (a Bicep module may be an ARM JSON file) that tests/infra validate against Microsoft's schemas, and
// this wrapper stays thin enough to check by reading (tests/infra/mainBicep.test.ts).
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('The azd environment name: names the resource group, tags every resource and seeds the resource names.')
param environmentName string

@minLength(1)
@description('Region of the resource group and of every resource except the Static Web App.')
param location string

@secure()
@minLength(32)
@description('ROUND_CREATION_KEY: the key a coordinator presents to create a round.')
param roundCreationKey string

@allowed([
  'westeurope'
  'eastus2'
  'centralus'
  'westus2'
  'eastasia'
])
@description('Static Web Apps runs in a few regions only.')
param staticWebAppLocation string = 'westeurope'

@minValue(1)
@maxValue(1000)
@description('Flex Consumption scale-out ceiling (instances).')
param maximumInstanceCount int = 40

resource rg 'Microsoft.Resources/resourceGroups@2021-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: { 'azd-env-name': environmentName }
}

module resources 'resources.json' = {
  name: 'resources'
  scope: rg
  params: {
    environmentName: environmentName
    location: location
    roundCreationKey: roundCreationKey
    staticWebAppLocation: staticWebAppLocation
    maximumInstanceCount: maximumInstanceCount
  }
}

// azd stores the outputs in the environment (.azure/<env>/.env); the hooks in azure.yaml read them.
output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = rg.name
output API_BASE string = resources.outputs.API_BASE
output PANE_ORIGIN string = resources.outputs.PANE_ORIGIN
output AZURE_FUNCTION_APP_NAME string = resources.outputs.AZURE_FUNCTION_APP_NAME
output AZURE_STATIC_WEB_APP_NAME string = resources.outputs.AZURE_STATIC_WEB_APP_NAME
output AZURE_STORAGE_TABLE_URL string = resources.outputs.AZURE_STORAGE_TABLE_URL
output APPLICATIONINSIGHTS_NAME string = resources.outputs.APPLICATIONINSIGHTS_NAME
