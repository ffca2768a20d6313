import { localName } from './schema-node';

// schema.org Organization and the subtypes a CRM cares about, LocalBusiness's long tail included
// (https://schema.org/LocalBusiness#subtypes). Listed rather than matched on suffixes because
// "Service", "FoodService" and "BroadcastService" are products, not organisations.
const ORGANIZATION_TYPES = new Set(
  `
Organization Corporation NGO Consortium Cooperative Airline LibrarySystem NewsMediaOrganization
OnlineBusiness OnlineStore PoliticalParty ResearchOrganization SearchRescueOrganization WorkersUnion
FundingScheme GovernmentOrganization SportsOrganization MedicalOrganization DiagnosticLab
VeterinaryCare EducationalOrganization CollegeOrUniversity ElementarySchool HighSchool MiddleSchool
Preschool School LocalBusiness AnimalShelter ArchiveOrganization AutomotiveBusiness AutoBodyShop
AutoDealer AutoPartsStore AutoRental AutoRepair AutoWash GasStation MotorcycleDealer MotorcycleRepair
ChildCare Dentist DryCleaningOrLaundry EmergencyService FireStation Hospital PoliceStation
EmploymentAgency EntertainmentBusiness AdultEntertainment AmusementPark ArtGallery Casino ComedyClub
MovieTheater NightClub FinancialService AccountingService AutomatedTeller BankOrCreditUnion
InsuranceAgency FoodEstablishment Bakery BarOrPub Brewery CafeOrCoffeeShop Distillery
FastFoodRestaurant IceCreamShop Restaurant Winery GovernmentOffice PostOffice HealthAndBeautyBusiness
BeautySalon DaySpa HairSalon HealthClub NailSalon TattooParlor HomeAndConstructionBusiness Electrician
GeneralContractor HVACBusiness HousePainter Locksmith MovingCompany Plumber RoofingContractor
InternetCafe LegalService Attorney Notary Library LodgingBusiness BedAndBreakfast Campground Hostel
Hotel Motel Resort VacationRental MedicalBusiness MedicalClinic Optician Pharmacy Physician
ProfessionalService RadioStation RealEstateAgent RecyclingCenter SelfStorage ShoppingCenter
SportsActivityLocation BowlingAlley ExerciseGym GolfCourse PublicSwimmingPool SkiResort SportsClub
StadiumOrArena TennisComplex Store BikeStore BookStore ClothingStore ComputerStore ConvenienceStore
DepartmentStore ElectronicsStore Florist FurnitureStore GardenStore GroceryStore HardwareStore
HobbyShop HomeGoodsStore JewelryStore LiquorStore MensClothingStore MobilePhoneStore MovieRentalStore
MusicStore OfficeEquipmentStore OutletStore PawnShop PetStore ShoeStore SportingGoodsStore TireShop
ToyStore WholesaleStore TelevisionStation TouristInformationCenter TravelAgency
`
    .split(/\s+/)
    .filter(Boolean),
);

// PerformingGroup, MusicGroup and SportsTeam are Organizations too, but on a page they are the
// act or the team being written about (every gig on a ticket site), not a business to capture.

export function isOrganizationType(types: readonly string[]): boolean {
  return types.some((t) => ORGANIZATION_TYPES.has(localName(t)));
}

export function isPersonType(types: readonly string[]): boolean {
  return types.some((t) => localName(t) === 'Person');
}
